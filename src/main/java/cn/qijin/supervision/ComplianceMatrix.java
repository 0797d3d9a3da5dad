package cn.qijin.supervision;

import java.util.List;
import java.util.Map;

/**
 * The unit × quarter compliance matrix of the campaign (REC-1, REC-2): for each obligated unit and obligation,
 * the state of each quarter up to the one summarised. Cells map a quarter code (2026Q4) to the state's Chinese
 * name (已履行, 逾期履行, 已逾期, 已督办, 已豁免, …); quarters without an obligation are absent. A monthly obligation
 * (COM-2, PUB-2) has its quarter's months in one cell: 7月 已履行；8月 已逾期；9月 进行中.
 */
public record ComplianceMatrix(List<Column> quarters, List<Row> rows) {

  public record Column(String code, String name) {}

  public record Row(String unitCode, String unitName, String venueName, String obligationCode,
      Map<String, String> cells) {}
}
