package cn.qijin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V6 carries an existing evidence download log over into the audit trail and drops the old table. */
class AuditMigrationTest {

  @Test
  void downloads_and_exports_logged_before_v6_become_audit_events() {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:audit-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    db.setUser("sa");
    migrate(db, "3");
    JdbcTemplate jdbc = new JdbcTemplate(db);
    jdbc.update("insert into unit (id, code, name, venue, contact_person, phone, active, created_at, updated_at, row_version)"
        + " values (7, 'ENT01', '华源化工', 'ENTERPRISE', '张三', '0632-1', true, current_timestamp, current_timestamp, 0)");
    jdbc.update("insert into campaign (id, name, template_code, template_version, ph1_start, ph1_end, ph2_start, ph2_end,"
        + " ph3_start, ph3_end, status, created_at) values (3, '七进', 'qijin-2017', 1, date '2017-06-01',"
        + " date '2017-06-30', date '2017-07-01', date '2017-09-30', date '2017-10-01', date '2017-12-31', 'RUNNING',"
        + " current_timestamp)");
    jdbc.update("insert into evidence (id, campaign_id, unit_id, venue, submitted_at, review_state, process_instance_id,"
        + " row_version) values (11, 3, 7, 'ENTERPRISE', current_timestamp, 'ACCEPTED', 'pi-1', 0)");
    jdbc.update("insert into evidence_file (id, evidence_id, file_name, content_type, size_bytes, sha256, added_at)"
        + " values (21, 11, '现场.png', 'image/png', 10, 'ab', current_timestamp)");
    jdbc.update("insert into evidence_download (file_id, evidence_id, what, downloaded_by, downloaded_at, detail)"
        + " values (21, 11, 'FILE', 'office', timestamp with time zone '2017-09-25 10:00:00+08:00', '现场.png')");
    jdbc.update("insert into evidence_download (file_id, evidence_id, what, downloaded_by, downloaded_at, detail)"
        + " values (null, null, 'EXPORT', 'office', timestamp with time zone '2017-09-26 10:00:00+08:00',"
        + " 'unit=ENT01 quarter= records=1')");

    migrate(db, "latest");

    List<Map<String, Object>> events = jdbc.queryForList("select actor, action, action_name, subject_type, subject_id,"
        + " campaign_id, unit_id, unit_code, process_instance_id, detail from audit_event order by id");
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).containsEntry("ACTION", "EVIDENCE_DOWNLOADED").containsEntry("ACTION_NAME", "下载佐证文件")
        .containsEntry("SUBJECT_TYPE", "EVIDENCE_FILE").containsEntry("SUBJECT_ID", "21").containsEntry("ACTOR", "office")
        .containsEntry("CAMPAIGN_ID", 3L).containsEntry("UNIT_ID", 7L).containsEntry("UNIT_CODE", "ENT01")
        .containsEntry("PROCESS_INSTANCE_ID", "pi-1").containsEntry("DETAIL", "现场.png");
    assertThat(events.get(1)).containsEntry("ACTION", "EVIDENCE_EXPORTED").containsEntry("SUBJECT_ID", null)
        .containsEntry("DETAIL", "unit=ENT01 quarter= records=1");
    assertThat(jdbc.queryForObject("select count(*) from audit_event where occurred_at = timestamp with time zone"
        + " '2017-09-25 02:00:00+00:00'", Long.class)).isOne();
    assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
        + " where lower(table_name) = 'evidence_download'", Long.class)).isZero();
  }

  private static void migrate(JdbcDataSource db, String target) {
    Flyway.configure().dataSource(db).locations("classpath:db/migration").table("qijin_schema_history")
        .target(target).load().migrate();
  }
}
