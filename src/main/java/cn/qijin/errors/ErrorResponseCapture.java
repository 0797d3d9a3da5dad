package cn.qijin.errors;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response that streams as usual until an error status (400 and above) is set; from then on its body
 * is held back, so that a filter can look at the error and answer differently ({@link #replace}) or let it
 * through unchanged ({@link #release}). Successful responses — downloads, lists — are never buffered.
 */
final class ErrorResponseCapture extends HttpServletResponseWrapper {

  private boolean passThrough;
  private int status = SC_OK;
  private ByteArrayOutputStream body;
  private boolean sentError;
  private String errorMessage;
  private ServletOutputStream stream;
  private PrintWriter writer;

  ErrorResponseCapture(HttpServletResponse response) {
    super(response);
  }

  /** Whether an error status was set (its body, if any, is held back). */
  boolean capturing() {
    return body != null;
  }

  int capturedStatus() {
    return status;
  }

  byte[] capturedBody() {
    if (writer != null) {
      writer.flush();
    }
    return body == null ? new byte[0] : body.toByteArray();
  }

  /** Answers with this status and body instead of what was captured. */
  void replace(int newStatus, String contentType, byte[] newBody) throws IOException {
    HttpServletResponse response = (HttpServletResponse) getResponse();
    response.setStatus(newStatus);
    response.setContentType(contentType);
    response.setContentLength(newBody.length);
    response.getOutputStream().write(newBody);
  }

  /**
   * From now on a plain response: for a request that went asynchronous, whose answer is written later
   * by another thread, after the filter has returned. Anything captured so far is let through.
   */
  void passThrough() throws IOException {
    release();
    body = null;
    passThrough = true;
  }

  /** Lets the captured error through as it was. */
  void release() throws IOException {
    if (!capturing()) {
      return;
    }
    HttpServletResponse response = (HttpServletResponse) getResponse();
    byte[] captured = capturedBody();
    if (sentError && captured.length == 0) {
      if (errorMessage == null) {
        response.sendError(status);
      } else {
        response.sendError(status, errorMessage);
      }
      return;
    }
    response.setStatus(status);
    if (captured.length > 0) {
      response.setContentLength(captured.length);
      response.getOutputStream().write(captured);
    }
  }

  @Override
  public void setStatus(int sc) {
    if (passThrough) {
      super.setStatus(sc);
      return;
    }
    status = sc;
    if (sc >= 400) {
      startCapture();
    } else if (!capturing()) {
      super.setStatus(sc);
    }
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    if (passThrough) {
      super.sendError(sc, msg);
      return;
    }
    status = sc;
    sentError = true;
    errorMessage = msg;
    startCapture();
  }

  @Override
  public void sendError(int sc) throws IOException {
    sendError(sc, null);
  }

  @Override
  public int getStatus() {
    return capturing() ? status : super.getStatus();
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (!capturing()) {
      return super.getOutputStream();
    }
    if (stream == null) {
      stream = new ServletOutputStream() {
        @Override
        public void write(int b) {
          body.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          body.write(b, off, len);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("not asynchronous");
        }
      };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (!capturing()) {
      return super.getWriter();
    }
    if (writer == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
    }
    return writer;
  }

  @Override
  public void setContentLength(int len) {
    if (!capturing()) {
      super.setContentLength(len);
    }
  }

  @Override
  public void setContentLengthLong(long len) {
    if (!capturing()) {
      super.setContentLengthLong(len);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!(capturing() && "Content-Length".equalsIgnoreCase(name))) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!(capturing() && "Content-Length".equalsIgnoreCase(name))) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    if (!(capturing() && "Content-Length".equalsIgnoreCase(name))) {
      super.setIntHeader(name, value);
    }
  }

  @Override
  public void addIntHeader(String name, int value) {
    if (!(capturing() && "Content-Length".equalsIgnoreCase(name))) {
      super.addIntHeader(name, value);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (!capturing()) {
      super.flushBuffer();
    }
  }

  @Override
  public void resetBuffer() {
    if (capturing()) {
      body.reset();
    } else {
      super.resetBuffer();
    }
  }

  @Override
  public void reset() {
    super.reset();
    if (capturing()) {
      body.reset();
    }
  }

  @Override
  public boolean isCommitted() {
    return !capturing() && super.isCommitted();
  }

  private void startCapture() {
    if (body == null) {
      body = new ByteArrayOutputStream();
    }
  }
}
