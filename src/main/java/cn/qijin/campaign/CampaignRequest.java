package cn.qijin.campaign;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the office sends to define a campaign. Everything but the template is optional: a missing
 * name or date is taken from the template.
 */
public record CampaignRequest(
    String templateCode,
    Integer templateVersion,
    @Size(max = 200, message = "活动名称不能超过 200 字") String name,
    @Size(max = 200, message = "发文单位不能超过 200 字") String issuer,
    LocalDate ph1Start, LocalDate ph1End,
    LocalDate ph2Start, LocalDate ph2End,
    LocalDate ph3Start, LocalDate ph3End) {}
