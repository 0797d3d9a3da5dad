package cn.qijin.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/**
 * Steps that keep their id in the new version but are something else there (a timer that became a message
 * event, a user task that became a call activity, an interrupting boundary event that no longer is).
 * {@code mapEqualActivities} maps by id alone and Camunda accepts some of these, carrying the old trigger
 * along (e.g. the old timer job stays next to the new message subscription): refused here instead. A
 * step that changes its nature gets a new id; then the engine itself tells whether instances wait in it.
 */
final class ModelChanges {

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("userTask", "用户任务"), Map.entry("serviceTask", "服务任务"), Map.entry("sendTask", "发送任务"),
      Map.entry("receiveTask", "接收任务"), Map.entry("scriptTask", "脚本任务"), Map.entry("businessRuleTask", "业务规则任务"),
      Map.entry("manualTask", "人工任务"), Map.entry("task", "任务"), Map.entry("callActivity", "调用活动"),
      Map.entry("subProcess", "子流程"), Map.entry("startEvent", "开始事件"), Map.entry("endEvent", "结束事件"),
      Map.entry("intermediateCatchEvent", "中间捕获事件"), Map.entry("intermediateThrowEvent", "中间抛出事件"),
      Map.entry("boundaryEvent", "边界事件"), Map.entry("exclusiveGateway", "排他网关"),
      Map.entry("parallelGateway", "并行网关"), Map.entry("inclusiveGateway", "包容网关"),
      Map.entry("eventBasedGateway", "事件网关"), Map.entry("timerEventDefinition", "定时"),
      Map.entry("messageEventDefinition", "消息"), Map.entry("signalEventDefinition", "信号"),
      Map.entry("errorEventDefinition", "错误"), Map.entry("escalationEventDefinition", "升级"),
      Map.entry("conditionalEventDefinition", "条件"), Map.entry("compensateEventDefinition", "补偿"),
      Map.entry("terminateEventDefinition", "终止"), Map.entry("linkEventDefinition", "链接"));

  /** One step that changed its nature: Chinese for the administrator, English for the detail list. */
  record Change(String chinese, String english) {}

  private ModelChanges() {}

  static List<Change> between(BpmnModelInstance source, BpmnModelInstance target, int targetVersion) {
    List<Change> changes = new ArrayList<>();
    for (FlowNode before : source.getModelElementsByType(FlowNode.class)) {
      if (!(target.getModelElementById(before.getId()) instanceof FlowNode after)) {
        continue;
      }
      String was = describe(before);
      String is = describe(after);
      if (!was.equals(is)) {
        String name = before.getName() == null ? before.getId() : before.getName();
        changes.add(new Change("环节“" + name + "”（" + before.getId() + "）在第 " + targetVersion + " 版中编号不变但性质改变（"
            + chinese(was) + " → " + chinese(is) + "），自动迁移会带上原来的触发条件；应给改变了的环节新的编号",
            before.getId() + ": " + was + " became " + is + " under the same id"));
      }
    }
    return changes;
  }

  /** e.g. "intermediateCatchEvent[timerEventDefinition]", "boundaryEvent[timerEventDefinition] non-interrupting". */
  private static String describe(FlowNode node) {
    StringBuilder text = new StringBuilder(node.getElementType().getTypeName());
    if (node instanceof Event event) {
      text.append(event.getChildElementsByType(EventDefinition.class).stream()
          .map(d -> d.getElementType().getTypeName()).sorted().toList());
    }
    if (node instanceof BoundaryEvent boundary && !boundary.cancelActivity()) {
      text.append(" non-interrupting");
    }
    return text.toString();
  }

  private static String chinese(String description) {
    String text = description.replace(" non-interrupting", "（非中断）");
    for (Map.Entry<String, String> name : NAMES.entrySet()) {
      text = text.replaceAll("\\b" + name.getKey() + "\\b", name.getValue());
    }
    return text.replace("[]", "").replace("[", "（").replace("]", "）");
  }
}
