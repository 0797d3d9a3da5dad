package cn.qijin.evidence;

import cn.qijin.evidence.internal.EvidenceUpload;
import cn.qijin.evidence.internal.EvidenceUploadRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files uploaded from a task form: checked (name, emptiness, type by content), stored once, and kept
 * as uploads until a task completes with them. A request with one bad file stores none of them: every file is
 * checked before any is placed in the store. Uploads no task ever claims are collected by {@link EvidenceCollector}.
 */
@Service
public class EvidenceUploads {

  private static final Logger LOG = LoggerFactory.getLogger(EvidenceUploads.class);

  public record UploadView(String uploadId, String fileName, String contentType, long size, String sha256) {

    static UploadView of(EvidenceUpload u) {
      return new UploadView(u.getId(), u.getFileName(), u.getContentType(), u.getSize(), u.getSha256());
    }
  }

  /** A file to upload: its name as the user's device gave it, and a way to read it (once). */
  public interface Incoming {
    String name();

    InputStream open() throws IOException;

    static Incoming of(String name, byte[] bytes) {
      return new Incoming() {
        public String name() {
          return name;
        }

        public InputStream open() {
          return new java.io.ByteArrayInputStream(bytes);
        }
      };
    }

    static Incoming of(MultipartFile file) {
      return new Incoming() {
        public String name() {
          return file.getOriginalFilename();
        }

        public InputStream open() throws IOException {
          return file.getInputStream();
        }
      };
    }
  }

  private final EvidenceStore store;
  private final FileTypes types;
  private final EvidenceUploadRepository uploads;
  private final UnneededContent unneeded;

  public EvidenceUploads(EvidenceStore store, FileTypes types, EvidenceUploadRepository uploads,
      UnneededContent unneeded) {
    this.store = store;
    this.types = types;
    this.uploads = uploads;
    this.unneeded = unneeded;
  }

  @Transactional
  public List<UploadView> upload(List<Incoming> incoming, String userId) {
    if (incoming == null || incoming.isEmpty()) {
      throw new InvalidInputException("请选择要上传的文件");
    }
    incoming.forEach(file -> FileNames.check(file.name()));
    List<EvidenceStore.Received> received = new ArrayList<>();
    List<EvidenceStore.Stored> stored = new ArrayList<>();
    try {
      // every file is checked before any is placed in the store: a refused request places nothing
      List<EvidenceUpload> accepted = new ArrayList<>();
      Map<String, String> nameBySha = new HashMap<>();
      for (Incoming file : incoming) {
        String name = file.name().trim();
        EvidenceStore.Received r;
        try (InputStream in = file.open()) {
          r = store.receive(in);
        }
        received.add(r);
        if (r.size() == 0) {
          throw new InvalidInputException("文件“" + name + "”是空文件，请重新选择");
        }
        String type = types.acceptedType(r.path(), name);
        if (type == null) {
          throw new InvalidInputException("文件“" + name + "”的内容不是允许的类型（" + FileTypes.ALLOWED_DESCRIPTION + "）");
        }
        String same = nameBySha.putIfAbsent(r.sha256(), name);
        if (same != null) {
          throw new InvalidInputException("“" + name + "”与“" + same + "”内容完全相同，只需上传一次");
        }
        accepted.add(new EvidenceUpload(UUID.randomUUID().toString(), userId, name, type, r.size(), r.sha256(),
            CampaignClock.now()));
      }
      for (EvidenceStore.Received r : received) {
        stored.add(store.place(r));
      }
      List<UploadView> views = uploads.saveAllAndFlush(accepted).stream().map(UploadView::of).toList();
      LOG.info("{} uploaded {} file(s): {}", userId, views.size(), views.stream().map(UploadView::sha256).toList());
      return views;
    } catch (IOException e) {
      discard(stored);
      LOG.error("Storing an upload of {} failed", userId, e);
      throw new StorageFailedException("文件保存失败，请稍后重试（" + e.getMessage() + "）", e);
    } catch (RuntimeException e) {
      discard(stored);
      throw e;
    } finally {
      received.forEach(EvidenceUploads::deleteQuietly);
    }
  }

  private static void deleteQuietly(EvidenceStore.Received received) {
    try {
      received.close();
    } catch (IOException e) {
      LOG.warn("Temporary upload file {} not deleted (the collector deletes it later): {}", received.path(), e.toString());
    }
  }

  /**
   * Content a refused request stored goes again if this request created the file and it is still that file, and
   * no row names the content. Another upload of the same bytes, committed or not, either found the file there
   * (then this request did not create it) or replaced it with its own (then the file in place is not this
   * request's): either way it keeps its file. Whatever stays is left to the {@link EvidenceCollector}.
   */
  private void discard(List<EvidenceStore.Stored> stored) {
    for (EvidenceStore.Stored s : stored) {
      if (s.createdFile() == null) {
        continue;
      }
      try {
        unneeded.removeIf(s.sha256(), file -> s.createdFile().equals(file.fileKey()));
      } catch (RuntimeException e) {
        LOG.warn("Content {} of a refused upload not removed, left to the collector: {}", s.sha256(), e.toString());
      }
    }
  }
}
