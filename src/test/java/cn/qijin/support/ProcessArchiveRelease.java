package cn.qijin.support;

import cn.qijin.deployment.ProcessArchiveResources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.application.ProcessApplicationInterface;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessApplicationDeploymentBuilder;
import org.camunda.bpm.engine.repository.ResumePreviousBy;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A new release of the process archive, deployed as the application deploys it at start-up: the builder
 * settings Camunda's DeployProcessArchiveStep takes from our META-INF/processes.xml (archive name,
 * duplicate filtering, isDeployChangedOnly, resuming previous versions), the process application's
 * reference, and every resource of {@link ProcessArchiveResources} with some of them changed.
 * {@link #undeploy} removes it again (tests share one engine per JVM).
 */
public final class ProcessArchiveRelease {

  private final ProcessEngine engine;
  private final ProcessApplicationInterface processApplication;
  private final ProcessArchiveResources resources;
  private final Map<String, byte[]> changed = new HashMap<>();
  private Deployment deployed;

  public ProcessArchiveRelease(ProcessEngine engine, ProcessApplicationInterface processApplication,
      ProcessArchiveResources resources) {
    this.engine = engine;
    this.processApplication = processApplication;
    this.resources = resources;
  }

  /** Changes one BPMN resource of the archive (e.g. "bpmn/qijin-unit-campaign.bpmn") with the BPMN model API. */
  public ProcessArchiveRelease changeModel(String resourceName, Consumer<BpmnModelInstance> change) {
    byte[] current = changed.containsKey(resourceName) ? changed.get(resourceName) : resources.load().get(resourceName);
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(current));
    change.accept(model);
    changed.put(resourceName, Bpmn.convertToString(model).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return this;
  }

  /** Deploys the release; returns the deployment (the existing one when nothing changed). */
  public Deployment deploy() {
    Element archive = processArchive();
    ProcessApplicationDeploymentBuilder builder = engine.getRepositoryService()
        .createDeployment(processApplication.getReference())
        .name(archive.getAttribute("name"))
        .enableDuplicateFiltering(property(archive, "isDeployChangedOnly", false));
    if (property(archive, "isResumePreviousVersions", true)) {
      builder.resumePreviousVersions().resumePreviousVersionsBy(ResumePreviousBy.RESUME_BY_PROCESS_DEFINITION_KEY);
    }
    Map<String, byte[]> release = new HashMap<>(resources.load());
    release.putAll(changed);
    release.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
    java.util.Set<String> before = engine.getRepositoryService().createDeploymentQuery().list().stream()
        .map(Deployment::getId).collect(java.util.stream.Collectors.toSet());
    Deployment deployment = builder.deploy();
    if (!before.contains(deployment.getId())) {
      deployed = deployment;
    }
    return deployment;
  }

  /**
   * Deletes the release's deployment, if it made one, with whatever still runs on it (history included);
   * the previous versions become the latest again, the schedule's start timer included.
   */
  public void undeploy() {
    if (deployed != null) {
      engine.getRepositoryService().deleteDeployment(deployed.getId(), true, true);
      deployed = null;
    }
  }

  private static Element processArchive() {
    try (InputStream in = ProcessArchiveRelease.class.getResourceAsStream("/META-INF/processes.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document doc = factory.newDocumentBuilder().parse(in);
      return (Element) doc.getElementsByTagNameNS("*", "process-archive").item(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read META-INF/processes.xml", e);
    }
  }

  private static boolean property(Element archive, String name, boolean fallback) {
    NodeList properties = archive.getElementsByTagNameNS("*", "property");
    for (int i = 0; i < properties.getLength(); i++) {
      Element p = (Element) properties.item(i);
      if (name.equals(p.getAttribute("name"))) {
        return Boolean.parseBoolean(p.getTextContent().trim());
      }
    }
    return fallback;
  }
}
