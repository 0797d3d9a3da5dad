package cn.qijin.audit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the records an audit entry is about are called, for the office reading the trail (issue 14 part 6): one
 * implementation per kind of record, in the module that owns those records, so the trail shows “ENT-5
 * 2017年第三季度” or a campaign's name instead of an id. Looked up once per page or export.
 */
public interface SubjectTitles {

  /** The kind of record this names. */
  AuditSubject subject();

  /** The titles of these records by their id as recorded; ids of records that no longer exist are left out. */
  Map<String, String> titlesOf(Collection<String> subjectIds);

  /** The ids that are numbers (every record's id but an account's), as numbers. */
  static Set<Long> numericIds(Collection<String> subjectIds) {
    Set<Long> ids = new HashSet<>();
    for (String id : subjectIds) {
      try {
        ids.add(Long.valueOf(id));
      } catch (NumberFormatException notANumber) {
        // an id from another kind of record: no title
      }
    }
    return ids;
  }
}
