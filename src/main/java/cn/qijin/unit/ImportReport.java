package cn.qijin.unit;

import java.util.List;

/**
 * What an import of the unit sheet does ({@code imported} false: the preview) or did: counts, the units it creates or
 * changes, and the new accounts with their initial passwords (only once imported, shown once).
 */
public record ImportReport(boolean imported, int rows, int created, int updated, int unchanged, int accountsCreated,
    List<Change> changes, List<IssuedPassword> passwords) {

  /** A unit the import creates (新增) or changes (更新), with the accounts it gives it. */
  public record Change(int row, String code, String name, String change, List<String> newAccounts) {}
}
