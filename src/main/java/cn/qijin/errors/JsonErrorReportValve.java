package cn.qijin.errors;

import cn.qijin.common.SecurityHeaders;
import cn.qijin.common.Surfaces;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on an error nothing else answered — typically a request the container itself refused
 * before the application saw it (an encoded NUL in the path): on /api and the engine's REST APIs it answers
 * in that API's JSON error shape with a Chinese message instead of Tomcat's HTML page. Other paths get
 * Tomcat's page, without server information or details, as Spring Boot configures it. Either way the answer
 * carries the security headers, which the filters never had the chance to set.
 */
class JsonErrorReportValve extends ErrorReportValve {

  private final Surfaces surfaces;

  JsonErrorReportValve(Surfaces surfaces) {
    this.surfaces = surfaces;
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    // a request refused by the container never passed the filters that set these
    SecurityHeaders.set(response, true);
    int status = response.getStatus();
    String path = request.getRequestURI() == null ? "" : request.getRequestURI();
    boolean api = surfaces.isApi(path);
    if (status < 400 || response.getContentWritten() > 0 || !(api || surfaces.isEngine(path))) {
      super.report(request, response, throwable);
      return;
    }
    if (!response.setErrorReported()) {
      return;
    }
    byte[] body = api ? Surfaces.apiError(status, Surfaces.chineseMessage(status))
        : Surfaces.engineError(status >= 500 ? "ServerError" : "InvalidRequestException", Surfaces.chineseMessage(status), 0);
    try {
      response.setContentType(api ? "application/problem+json" : "application/json");
      response.setCharacterEncoding("UTF-8");
      response.setContentLength(body.length);
      OutputStream out = response.getOutputStream();
      out.write(body);
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // the client went away: nothing to answer
    }
  }
}
