# Build: Maven with JDK 17. Run: JRE 17 as a non-root user, data on a volume.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
# The class-data-sharing archive is made below, by the JVM that will run it, for the jar where it runs.
RUN mvn -B -q package -DskipTests -Dexec.skip

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin cursus \
 && mkdir -p /data \
 && chown cursus /data
WORKDIR /app
COPY --from=build /src/target/cursusschrift.jar /app/cursusschrift.jar
COPY content /app/content
COPY src/main/jvm/app.options /app/app.options
ENV PORT=7070 \
    DATA_DIR=/data \
    CONTENT_DIR=/app/content
RUN java @/app/app.options -XX:ArchiveClassesAtExit=/app/cursusschrift.jsa -jar /app/cursusschrift.jar startup-training > /dev/null
VOLUME /data
USER cursus
EXPOSE 7070
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS http://localhost:7070/health || exit 1
# Memory and JIT flags in one file, shared with the README's run command and bench/ (docs/performance.md).
ENTRYPOINT ["java", "@/app/app.options", "-XX:SharedArchiveFile=/app/cursusschrift.jsa", "-jar", "/app/cursusschrift.jar"]
CMD ["serve"]
