package cn.qijin.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SubjectTitles} for records with a numeric id that a repository finds by id: a module names its kind of
 * record with its finder, the id and the title.
 */
public abstract class RecordTitles<T> implements SubjectTitles {

  private final AuditSubject subject;
  private final Function<Collection<Long>, List<T>> finder;
  private final Function<T, Long> id;
  private final Function<T, String> title;

  protected RecordTitles(AuditSubject subject, Function<Collection<Long>, List<T>> finder, Function<T, Long> id,
      Function<T, String> title) {
    this.subject = subject;
    this.finder = finder;
    this.id = id;
    this.title = title;
  }

  @Override
  public AuditSubject subject() {
    return subject;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, String> titlesOf(Collection<String> subjectIds) {
    return finder.apply(SubjectTitles.numericIds(subjectIds)).stream()
        .collect(Collectors.toMap(r -> String.valueOf(id.apply(r)), title, (a, b) -> a));
  }
}
