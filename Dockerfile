# 七进 as a container: the layered layout of the executable jar (dependencies change rarely, the
# application often, so a rebuild reuses the lower layers). Used by docker-compose.yml; the same layout is
# started by the artifact test (PackagedJarIT). Every environment variable: docs/deployment.md.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN mvn -B -q -DskipTests package \
 && cp target/qijin-*.jar /qijin.jar \
 && java -Djarmode=tools -jar /qijin.jar extract --layers --destination /layers

FROM eclipse-temurin:17-jre
ENV TZ=Asia/Shanghai \
    LANG=C.UTF-8 \
    QIJIN_DATA_DIR=/var/lib/qijin \
    QIJIN_EVIDENCE_DIR=/var/lib/qijin/evidence \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
RUN groupadd --system qijin \
 && useradd --system --gid qijin --home-dir /app --shell /usr/sbin/nologin qijin \
 && mkdir -p /var/lib/qijin/evidence \
 && chown -R qijin:qijin /var/lib/qijin
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER qijin
EXPOSE 8080
VOLUME ["/var/lib/qijin", "/var/lib/qijin/evidence"]
# Ready = started, database answering, job executor running, evidence folder writable (docs/operations.md).
# bash's /dev/tcp needs no curl in the image.
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
# SIGTERM (docker stop) shuts down gracefully: requests in flight finish, the job executor stops taking jobs
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/app/qijin.jar"]
