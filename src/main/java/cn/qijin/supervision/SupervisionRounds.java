package cn.qijin.supervision;

import cn.qijin.supervision.internal.SupervisionRound;
import cn.qijin.supervision.internal.SupervisionRoundRepository;
import cn.qijin.kernel.NotFoundException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.stereotype.Component;

/** Loads rounds and their stored summary. */
@Component
public class SupervisionRounds {

  private final SupervisionRoundRepository rounds;
  private final ObjectMapper json;

  public SupervisionRounds(SupervisionRoundRepository rounds, ObjectMapper json) {
    this.rounds = rounds;
    this.json = json;
  }

  /** The round a supervision process works on, from this table, not from a process variable (issue 10). */
  public SupervisionRound ofProcess(String processInstanceId) {
    return rounds.findByProcessInstanceId(processInstanceId).orElseThrow(
        () -> new IllegalStateException("No supervision round for process instance " + processInstanceId));
  }

  public SupervisionRound byId(Long id) {
    return rounds.findById(id).orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的季度督导"));
  }

  public QuarterSummary summaryOf(SupervisionRound round) {
    try {
      return json.readValue(round.getSummaryJson(), QuarterSummary.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("summary of supervision round " + round.getId() + " is unreadable", e);
    }
  }

  /** The notice as the office last drafted it (units by code). */
  public NoticeProposal draftOf(SupervisionRound round) {
    try {
      return new NoticeProposal(round.getDocumentNumber(), round.getTitle(), round.getAddressee(), round.getBody(),
          json.readValue(round.getCommendedJson(), new TypeReference<List<String>>() {}),
          json.readValue(round.getNamedJson(), new TypeReference<List<NoticeProposal.Named>>() {}));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored notice of supervision round " + round.getId() + " is unreadable", e);
    }
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
