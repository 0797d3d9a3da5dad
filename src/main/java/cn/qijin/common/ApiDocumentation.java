package cn.qijin.common;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;

/** The OpenAPI description of /api (Swagger UI at /api/docs); pages are serialised in a stable shape. */
@Configuration
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
public class ApiDocumentation {

  @Bean
  OpenAPI qijinApi() {
    return new OpenAPI().info(new Info()
        .title("安全生产宣传教育“七进”活动 API")
        .version("1")
        .description("活动、单位、季度任务、佐证材料和消息发送记录。所有请求须登录（HTTP Basic，或任务列表的登录会话加 X-XSRF-TOKEN）。"));
  }
}
