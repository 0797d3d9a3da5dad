package cn.qijin.consolidation;

import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.campaign.CampaignSchedule;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.evidence.Evidence;
import cn.qijin.evidence.EvidenceService;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** PH-3: problems with an owner and a due date, each tracked to closure by its rectification process. */
@Service
public class ProblemService {

  public enum Status {
    RECTIFYING("整改中"), VERIFYING("待验收"), OVERDUE("已逾期"), CLOSED("已销号");

    private final String chineseName;

    Status(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }
  }

  private final ConsolidationRecordRepository records;
  private final ConsolidationService consolidation;
  private final ProblemOwners owners;
  private final Campaigns campaigns;
  private final Units units;
  private final EvidenceService evidence;
  private final TaskService tasks;
  private final ObjectProvider<RaisedProblems> raisedProblems;

  public ProblemService(ConsolidationRecordRepository records, ConsolidationService consolidation,
      ProblemOwners owners, Campaigns campaigns, Units units, EvidenceService evidence,
      TaskService tasks, ObjectProvider<RaisedProblems> raisedProblems) {
    this.raisedProblems = raisedProblems;
    this.records = records;
    this.consolidation = consolidation;
    this.owners = owners;
    this.campaigns = campaigns;
    this.units = units;
    this.evidence = evidence;
    this.tasks = tasks;
  }

  @Transactional
  public ProblemView create(Long campaignId, ProblemRequest request, String userId) {
    Campaign campaign = campaigns.byId(campaignId);
    String title = ConsolidationService.required(request.title(), "问题描述", 200);
    String detail = ConsolidationService.optional(request.description(), "情况说明及整改措施", 4000);
    ProblemOwner owner = owners.byUnitCode(request.ownerUnit());
    if (request.dueDate() == null) {
      throw new InvalidInputException("请填写整改期限");
    }
    CampaignSchedule schedule = campaign.schedule();
    ConsolidationService.within(request.dueDate(), "整改期限（巩固提升阶段内）", schedule.ph3Start(), schedule.ph3End());
    return view(consolidation.recordProblem(campaignId, title, detail, owner, request.dueDate(), userId));
  }

  /** The register: the problems to rectify, then the problems units reported (ORG-1). */
  @Transactional(readOnly = true)
  public List<ProblemView> list(Long campaignId) {
    List<ProblemView> register = new ArrayList<>(records.findAll(Sort.by("campaignId", "dueDate", "id")).stream()
        .filter(r -> r.getKind() == RecordKind.PROBLEM)
        .filter(r -> campaignId == null || campaignId.equals(r.getCampaignId()))
        .map(this::view).toList());
    raisedProblems.orderedStream().forEach(source -> register.addAll(source.of(campaignId)));
    return register;
  }

  @Transactional(readOnly = true)
  public ProblemView one(Long id) {
    return view(records.findById(id).filter(r -> r.getKind() == RecordKind.PROBLEM)
        .orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的问题")));
  }

  private ProblemView view(ConsolidationRecord r) {
    Status status = status(r);
    String unitCode = r.getUnitId() == null ? null : units.find(r.getUnitId()).map(Unit::getCode).orElse(null);
    Long evidenceId = evidence.ofConsolidationRecord(r.getId()).map(Evidence::getId).orElse(null);
    return new ProblemView(r.getId(), r.getCampaignId(), r.getTitle(), r.getDetail(), r.getOrigin().name(),
        r.getOrigin().chineseName(), r.getOwner(), r.getOwnerGroup(), unitCode, r.getDueDate(), status.name(),
        status.chineseName(), r.isClosed(), r.getClosingNote(), r.getClosedAt(), r.getClosedBy(), r.getEscalatedAt(),
        r.getReturnCount(), r.getProcessInstanceId(), evidenceId, evidenceId == null ? null : "/api/evidence/" + evidenceId,
        null, null, null);
  }

  private Status status(ConsolidationRecord r) {
    if (r.isClosed()) {
      return Status.CLOSED;
    }
    if (r.getProcessInstanceId() != null && tasks.createTaskQuery().processInstanceId(r.getProcessInstanceId())
        .taskDefinitionKey("VerifyRectificationTask").count() > 0) {
      return Status.VERIFYING;
    }
    return r.getDueDate() != null && CampaignClock.today().isAfter(r.getDueDate()) ? Status.OVERDUE : Status.RECTIFYING;
  }
}
