# syntax=docker/dockerfile:1
# The registry as a container: built with the Maven wrapper, run on a JRE as an unprivileged user.
# docker compose up builds and starts it with PostgreSQL (docker-compose.yml); README, "Production".

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# Dependencies first, so that a change to the sources does not download them again.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
# The tests ran in CI (./mvnw verify); the image only packages what passed.
RUN ./mvnw -B -q -DskipTests package && cp target/alliance-registry-*.jar /build/registry.jar

FROM eclipse-temurin:17-jre
# curl only for the health check below.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system registry && useradd --system --gid registry --no-create-home registry
WORKDIR /app
COPY --from=build /build/registry.jar registry.jar
# Class-data sharing (Spring Boot's CDS support): extract the jar, then a training run that starts the context on a
# throw-away H2 database and exits writes the archive of loaded classes; starts from it are markedly faster
# (bench/run.sh measures it, README "Performance").
RUN java -Djarmode=tools -jar registry.jar extract --destination extracted \
    && java -XX:ArchiveClassesAtExit=extracted/registry.jsa -Dspring.context.exit=onRefresh \
        -jar extracted/registry.jar --registry.data-dir=/tmp/cds-training --logging.level.root=warn \
    && rm -rf /tmp/cds-training registry.jar
USER registry
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=postgres
# Ready means: started and the database answers. Start period covers migrating an empty database.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health/readiness || exit 1
# The JVM sizes its heap from the container's memory limit; SIGTERM starts a graceful shutdown (20 s at most).
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/extracted/registry.jsa", "-XX:MaxRAMPercentage=75", "-jar", "/app/extracted/registry.jar"]
