package cn.qijin.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evidence bytes, once each, in a directory: {@code <store-dir>/ab/cd/<sha256>}. Files are streamed
 * in (never held whole in memory), hashed on the way, and moved into place atomically; identical
 * content is kept once however often it is uploaded.
 */
@Component
public class EvidenceStore {

  public record Stored(String sha256, long size, Path path) {}

  private final Path root;

  public EvidenceStore(@Value("${qijin.evidence.store-dir}") String root) throws IOException {
    this.root = Paths.get(root).toAbsolutePath();
    Files.createDirectories(this.root.resolve("tmp"));
  }

  public Stored put(InputStream in) throws IOException {
    Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
    try {
      MessageDigest digest = sha256();
      long size;
      try (var hashing = new DigestInputStream(in, digest)) {
        size = Files.copy(hashing, temp, StandardCopyOption.REPLACE_EXISTING);
      }
      String sha = HexFormat.of().formatHex(digest.digest());
      Path target = path(sha);
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      return new Stored(sha, size, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The store's directory (absolute). */
  public Path root() {
    return root;
  }

  public InputStream open(String sha256) throws IOException {
    return Files.newInputStream(path(sha256));
  }

  public Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("Not a SHA-256: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  public void delete(String sha256) {
    try {
      Files.deleteIfExists(path(sha256));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
