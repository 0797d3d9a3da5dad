package cn.qijin.evidence;

import cn.qijin.evidence.internal.EvidenceFileRepository;
import cn.qijin.evidence.internal.EvidenceUploadRepository;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The one way content leaves the evidence store. Files are shared (content-addressed), so a file is taken out of
 * place first ({@link EvidenceStore#retire}, atomic) and only then is it decided whether it may go: the file taken
 * out must pass the caller's test (old enough, or the very file a refused upload created) and no evidence file
 * and no upload may name its content. Otherwise it is put back. Deciding after the rename closes the race with
 * an upload of the same bytes: one stored before the rename replaced the file (a fresh file, not the caller's),
 * one stored after it finds no file and places its own.
 */
@Component
public class UnneededContent {

  private final EvidenceStore store;
  private final EvidenceFileRepository files;
  private final EvidenceUploadRepository uploads;

  public UnneededContent(EvidenceStore store, EvidenceFileRepository files, EvidenceUploadRepository uploads) {
    this.store = store;
    this.files = files;
    this.uploads = uploads;
  }

  /** Whether an evidence file or an upload names the content (committed rows, or this transaction's). */
  public boolean referenced(String sha256) {
    return files.existsBySha256(sha256) || uploads.existsBySha256(sha256);
  }

  /** Those of the given contents an evidence file or an upload names. */
  public Set<String> referencedAmong(Collection<String> sha256s) {
    Set<String> referenced = new HashSet<>(files.findSha256In(sha256s));
    referenced.addAll(uploads.findSha256In(sha256s));
    return referenced;
  }

  /** Removes the content if the file in place passes {@code mayGo} and no row names it; returns what went. */
  public Optional<EvidenceStore.Retired> removeIf(String sha256, Predicate<EvidenceStore.Retired> mayGo) {
    Optional<EvidenceStore.Retired> retired = store.retire(sha256);
    if (retired.isEmpty()) {
      return Optional.empty();
    }
    boolean gone = false;
    try {
      if (mayGo.test(retired.get()) && !referenced(sha256)) {
        store.destroy(retired.get());
        gone = true;
      }
    } finally {
      if (!gone) {
        store.reinstate(retired.get());
      }
    }
    return gone ? retired : Optional.empty();
  }
}
