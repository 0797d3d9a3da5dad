package cn.qijin.evidence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qijin.evidence.*: how long uploads and stored files wait before {@link EvidenceCollector} removes them
 * (docs/operations.md, <i>Evidence collection</i>).
 *
 * @param unclaimedRetention an upload no task completion has claimed is deleted this long after it was made
 * @param collectionGrace a file no row names is deleted when its content was last stored longer ago than the
 *     retention and this grace together: a backup whose copy of the folder ends within the grace after its
 *     database dump holds every file the dump names
 */
@ConfigurationProperties("qijin.evidence")
public record EvidenceCollection(@DefaultValue("P30D") Duration unclaimedRetention,
    @DefaultValue("P1D") Duration collectionGrace) {

  public EvidenceCollection {
    if (unclaimedRetention.compareTo(Duration.ofHours(1)) < 0) {
      throw new IllegalArgumentException("qijin.evidence.unclaimed-retention must be at least PT1H, not "
          + unclaimedRetention);
    }
    if (collectionGrace.isNegative()) {
      throw new IllegalArgumentException("qijin.evidence.collection-grace must not be negative, not " + collectionGrace);
    }
  }

  /** Files whose content was last stored before this are old enough to go when no row names them. */
  public Duration fileAge() {
    return unclaimedRetention.plus(collectionGrace);
  }
}
