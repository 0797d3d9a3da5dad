package cn.qijin.unit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.security.Roles;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Issue 14 part 1: how long importing a large unit sheet takes, against registering the same units and accounts one
 * request at a time through the API in the same run (the baseline). Not part of the test run:
 * {@code mvn test -Dtest=UnitImportBenchmark -Dqijin.benchmark=true [-Dqijin.benchmark.rows=5000]}; results in
 * docs/units-and-accounts.md.
 */
@QijinSpringTest
@EnabledIfSystemProperty(named = "qijin.benchmark", matches = "true")
class UnitImportBenchmark {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;

  @Test
  void a_sheet_import_against_one_request_per_unit() {
    int rows = Integer.getInteger("qijin.benchmark.rows", 5000);
    WebTestUsers.ensure(engine.getIdentityService(), "officebench", Roles.OFFICE);
    var office = http.withBasicAuth("officebench", WebTestUsers.PASSWORD);
    UnitSheets sheet = UnitSheets.sheet();
    for (int i = 0; i < rows; i++) {
      sheet.unit(String.format("BIG%05d", i), "企业", String.format("big%05d", i));
    }
    byte[] bytes = sheet.bytes();

    long t0 = System.nanoTime();
    var preview = office.postForEntity("/api/units/import?preview=true", UnitSheets.upload(bytes), Map.class);
    long t1 = System.nanoTime();
    var imported = office.postForEntity("/api/units/import", UnitSheets.upload(bytes), Map.class);
    long t2 = System.nanoTime();
    var again = office.postForEntity("/api/units/import", UnitSheets.upload(bytes), Map.class);
    long t3 = System.nanoTime();
    for (int i = 0; i < rows; i++) {
      String code = String.format("ONE%05d", i);
      office.postForEntity("/api/units", Map.of("code", code, "name", "测试单位" + code, "venue", "企业",
          "contactPerson", "张三", "phone", "0632-1234567"), Map.class);
      office.postForEntity("/api/units/" + code + "/accounts", Map.of("userId", code.toLowerCase(), "name", "张三"),
          Map.class);
    }
    long t4 = System.nanoTime();

    assertThat(preview.getBody()).containsEntry("created", rows);
    assertThat(imported.getBody()).containsEntry("created", rows);
    assertThat(again.getBody()).containsEntry("unchanged", rows);
    double baseline = (t4 - t3) / 1e9;
    System.out.printf("BENCHMARK %d rows (%d KB): check %.1f s, import %.1f s, import again %.1f s;"
            + " baseline one request per unit and account %.1f s; import / baseline = %.2f%n", rows,
        bytes.length / 1024, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, baseline, (t2 - t1) / 1e9 / baseline);
  }
}
