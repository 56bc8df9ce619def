# One recipe for every runnable module (the three services and both simulators), so that a fix to
# the image is made once. Build after `./mvnw -DskipTests package`, from the repository root:
#   docker build -f docker/service.Dockerfile --build-arg MODULE=order-sync-service -t suitetok/order-sync-service .
# The executable jar is unpacked into Spring Boot's layers (dependencies change rarely, the
# application often), so a rebuild after a code change ships only the small top layer.
ARG JAVA_IMAGE=eclipse-temurin:17-jre

FROM ${JAVA_IMAGE} AS layers
ARG MODULE
WORKDIR /build
COPY ${MODULE}/target/*-exec.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM ${JAVA_IMAGE}
WORKDIR /app
RUN useradd --system --uid 10001 --no-create-home hub
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER 10001
# The heap follows the container's memory limit instead of the host's.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
