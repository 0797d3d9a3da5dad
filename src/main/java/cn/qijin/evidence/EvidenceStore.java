package cn.qijin.evidence;

import cn.qijin.kernel.CampaignClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evidence bytes, once each, in a directory: {@code <store-dir>/ab/cd/<sha256>}. Files are streamed
 * in (never held whole in memory), hashed on the way, and moved into place atomically; identical
 * content is kept once however often it is uploaded.
 *
 * <p>A file's modification time is the time its content was last stored: storing content that is already
 * there replaces the file atomically with the same bytes. Content is taken out of the store in two steps
 * ({@link #retire}, then {@link #destroy} or {@link #reinstate}): the file is first renamed out of place
 * atomically, so that whoever decides about it decides about exactly that file, while a concurrent upload of
 * the same bytes puts a new file in place (see {@link UnneededContent}).
 */
@Component
public class EvidenceStore {

  /**
   * Stored content. {@code createdFile} is the file key of the file this put created, when nothing held the same
   * bytes before; null when the content was there already (or the file system cannot tell).
   */
  public record Stored(String sha256, long size, Path path, Object createdFile) {}

  /** A content file in place: its SHA-256, size and when its content was last stored. */
  public record Content(String sha256, long size, Instant storedAt) {}

  /** A content file taken out of place and not yet destroyed or reinstated. */
  public record Retired(String sha256, Path path, long size, Instant storedAt, Object fileKey) {}

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern RETIRED_NAME = Pattern.compile("retired-(\\d+)-([0-9a-f]{64})-[0-9a-f-]+");
  private static final String UPLOAD_PREFIX = "upload-";

  private final Path root;
  private final Path tmp;

  public EvidenceStore(@Value("${qijin.evidence.store-dir}") String root) throws IOException {
    this.root = Paths.get(root).toAbsolutePath();
    this.tmp = this.root.resolve("tmp");
    Files.createDirectories(tmp);
  }

  /** Content read in and hashed, not yet in the store: a temporary file, deleted by {@link #close()}. */
  public static final class Received implements AutoCloseable {
    private final Path temp;
    private final String sha256;
    private final long size;

    private Received(Path temp, String sha256, long size) {
      this.temp = temp;
      this.sha256 = sha256;
      this.size = size;
    }

    public String sha256() { return sha256; }
    public long size() { return size; }
    /** The bytes, to be checked before they are placed. */
    public Path path() { return temp; }

    @Override
    public void close() throws IOException {
      Files.deleteIfExists(temp);
    }
  }

  /** Reads content into a temporary file, hashing it on the way; nothing is in the store yet. */
  public Received receive(InputStream in) throws IOException {
    Path temp = Files.createTempFile(tmp, UPLOAD_PREFIX, ".part");
    try {
      MessageDigest digest = sha256();
      long size;
      try (var hashing = new DigestInputStream(in, digest)) {
        size = Files.copy(hashing, temp, StandardCopyOption.REPLACE_EXISTING);
      }
      return new Received(temp, HexFormat.of().formatHex(digest.digest()), size);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Puts received content into the store (once per {@link Received}). */
  public Stored place(Received received) throws IOException {
    Path target = path(received.sha256);
    Files.createDirectories(target.getParent());
    Object created = place(received.temp, target);
    return new Stored(received.sha256, received.size, target, created);
  }

  public Stored put(InputStream in) throws IOException {
    try (Received received = receive(in)) {
      return place(received);
    }
  }

  /**
   * Puts the written temporary file in place; returns its file key when it created the content (nothing was in
   * place), null when it replaced a file of the same bytes. A hard link is created only where no file is (the
   * file system decides atomically); where links are not supported, the file is moved into place and counted as
   * not created, so that it is never removed before the collector's age limit.
   */
  private static Object place(Path temp, Path target) throws IOException {
    try {
      Object key = Files.readAttributes(temp, BasicFileAttributes.class).fileKey();
      Files.createLink(target, temp);
      return key;
    } catch (FileAlreadyExistsException e) {
      // the same bytes are there: replace them atomically, so the file in place is this upload's (fresh)
      moveOrTouch(temp, target);
      return null;
    } catch (UnsupportedOperationException | IOException e) {
      moveOrTouch(temp, target);
      return null;
    }
  }

  private static void moveOrTouch(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // a platform that does not replace a file in use (Windows): the same bytes stay, marked as stored now
      if (!Files.exists(target)) {
        throw e;
      }
      Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
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
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("Not a SHA-256: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  public boolean exists(String sha256) {
    return Files.isRegularFile(path(sha256));
  }

  /** The content files in place whose content was last stored before {@code before}. */
  public List<Content> storedBefore(Instant before) {
    List<Content> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, java.util.Set.of(), 3, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return dir.equals(tmp) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          Instant storedAt = attrs.lastModifiedTime().toInstant();
          if (attrs.isRegularFile() && SHA256.matcher(name).matches() && file.equals(path(name))
              && storedAt.isBefore(before)) {
            found.add(new Content(name, attrs.size(), storedAt));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE; // gone meanwhile (another node collected it)
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /**
   * Takes a content file out of place (an atomic rename into {@code tmp/}); empty when there is none. From now
   * on a put of the same bytes creates a new file in place, and this one can be destroyed or reinstated.
   */
  public Optional<Retired> retire(String sha256) {
    Path retired = tmp.resolve("retired-" + CampaignClock.now().toEpochMilli() + "-" + sha256 + "-" + UUID.randomUUID());
    try {
      Files.move(path(sha256), retired, StandardCopyOption.ATOMIC_MOVE);
      BasicFileAttributes attrs = Files.readAttributes(retired, BasicFileAttributes.class);
      return Optional.of(new Retired(sha256, retired, attrs.size(), attrs.lastModifiedTime().toInstant(),
          attrs.fileKey()));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void destroy(Retired retired) {
    try {
      Files.deleteIfExists(retired.path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts a retired file back, unless a put of the same bytes has placed a new one meanwhile. */
  public void reinstate(Retired retired) {
    reinstate(retired.path(), retired.sha256());
  }

  private void reinstate(Path retired, String sha256) {
    Path target = path(sha256);
    try {
      try {
        Files.createLink(target, retired);
      } catch (FileAlreadyExistsException e) {
        // a newer file of the same bytes is in place
      } catch (UnsupportedOperationException | IOException e) {
        if (!Files.exists(target)) {
          // no links here: marked as stored now, so that the collector keeps it however it raced with a put
          Files.setLastModifiedTime(retired, FileTime.from(Instant.now()));
          Files.move(retired, target, StandardCopyOption.ATOMIC_MOVE);
          return;
        }
      }
      Files.deleteIfExists(retired);
    } catch (NoSuchFileException e) {
      // reinstated or destroyed already by whoever retired it
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts back the files retired before {@code before} that were neither destroyed nor reinstated (the process
   * stopped in between); returns how many. Whether they may go is then decided again.
   */
  public int reinstateAbandoned(Instant before) {
    int count = 0;
    for (Path file : tmpFiles()) {
      Matcher m = RETIRED_NAME.matcher(file.getFileName().toString());
      if (m.matches() && Long.parseLong(m.group(1)) < before.toEpochMilli()) {
        reinstate(file, m.group(2));
        count++;
      }
    }
    return count;
  }

  /** Deletes the temporary files of uploads that never finished (the process stopped) older than {@code before}. */
  public int deleteUnfinishedUploads(Instant before) {
    int count = 0;
    for (Path file : tmpFiles()) {
      try {
        if (file.getFileName().toString().startsWith(UPLOAD_PREFIX)
            && Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
          count++;
        }
      } catch (NoSuchFileException e) {
        // finished or deleted meanwhile
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return count;
  }

  private List<Path> tmpFiles() {
    try (var files = Files.list(tmp)) {
      return files.toList();
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
