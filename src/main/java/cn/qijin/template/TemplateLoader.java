package cn.qijin.template;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.template.internal.CampaignTemplateEntity;
import cn.qijin.template.internal.CampaignTemplateRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the template files shipped with the application into the database. A (code, version) once
 * loaded is never overwritten: a changed file must carry a new version.
 */
@Service
public class TemplateLoader {

  private static final Logger LOG = LoggerFactory.getLogger(TemplateLoader.class);

  private final CampaignTemplateRepository templates;
  private final TemplateParser parser;
  private final String location;

  public TemplateLoader(CampaignTemplateRepository templates, TemplateParser parser,
      @Value("${qijin.templates}") String location) {
    this.templates = templates;
    this.parser = parser;
    this.location = location;
  }

  @Transactional
  public void loadShippedTemplates() throws IOException {
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
      try (InputStream in = resource.getInputStream()) {
        load(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource.getFilename());
      }
    }
  }

  CampaignTemplateEntity load(String source, String origin) {
    TemplateDocument doc = parser.parse(source);
    String sha = sha256(source);
    var existing = templates.findByCodeAndVersion(doc.code(), doc.version());
    if (existing.isPresent()) {
      if (!existing.get().getSha256().equals(sha)) {
        LOG.error("Template {} v{} in {} differs from the copy loaded on {}; keeping the loaded copy. "
            + "Give the changed template a new version.", doc.code(), doc.version(), origin, existing.get().getLoadedAt());
      }
      return existing.get();
    }
    LOG.info("Loading campaign template {} v{} from {}", doc.code(), doc.version(), origin);
    return templates.save(
        new CampaignTemplateEntity(doc.code(), doc.version(), doc.name(), source, sha, CampaignClock.now()));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
