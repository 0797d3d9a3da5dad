package cn.qijin.evidence;

import cn.qijin.common.CampaignClock;
import cn.qijin.common.InvalidInputException;
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
 * as uploads until a task completes with them. A request with one bad file stores none of them.
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
  private final EvidenceFileRepository files;

  public EvidenceUploads(EvidenceStore store, FileTypes types, EvidenceUploadRepository uploads,
      EvidenceFileRepository files) {
    this.store = store;
    this.types = types;
    this.uploads = uploads;
    this.files = files;
  }

  @Transactional
  public List<UploadView> upload(List<Incoming> incoming, String userId) {
    if (incoming == null || incoming.isEmpty()) {
      throw new InvalidInputException("请选择要上传的文件");
    }
    incoming.forEach(file -> FileNames.check(file.name()));
    List<EvidenceStore.Stored> stored = new ArrayList<>();
    try {
      List<EvidenceUpload> accepted = new ArrayList<>();
      Map<String, String> nameBySha = new HashMap<>();
      for (Incoming file : incoming) {
        String name = file.name().trim();
        EvidenceStore.Stored s;
        try (InputStream in = file.open()) {
          s = store.put(in);
        }
        stored.add(s);
        if (s.size() == 0) {
          throw new InvalidInputException("文件“" + name + "”是空文件，请重新选择");
        }
        String type = types.acceptedType(s.path(), name);
        if (type == null) {
          throw new InvalidInputException("文件“" + name + "”的内容不是允许的类型（" + FileTypes.ALLOWED_DESCRIPTION + "）");
        }
        String same = nameBySha.putIfAbsent(s.sha256(), name);
        if (same != null) {
          throw new InvalidInputException("“" + name + "”与“" + same + "”内容完全相同，只需上传一次");
        }
        accepted.add(new EvidenceUpload(UUID.randomUUID().toString(), userId, name, type, s.size(), s.sha256(),
            CampaignClock.now()));
      }
      List<UploadView> views = uploads.saveAll(accepted).stream().map(UploadView::of).toList();
      LOG.info("{} uploaded {} file(s): {}", userId, views.size(), views.stream().map(UploadView::sha256).toList());
      return views;
    } catch (IOException e) {
      discard(stored);
      LOG.error("Storing an upload of {} failed", userId, e);
      throw new StorageFailedException("文件保存失败，请稍后重试（" + e.getMessage() + "）", e);
    } catch (RuntimeException e) {
      discard(stored);
      throw e;
    }
  }

  /** Content stored by a refused request goes again, unless something else already holds the same bytes. */
  private void discard(List<EvidenceStore.Stored> stored) {
    for (EvidenceStore.Stored s : stored) {
      if (!files.existsBySha256(s.sha256()) && !uploads.existsBySha256(s.sha256())) {
        store.delete(s.sha256());
      }
    }
  }
}
