#!/usr/bin/env bash
# Checks docker-compose.yml without a Docker engine: Debian's docker-compose validates the file
# (syntax, anchors, depends_on conditions), and every image it builds must have the executable jar
# its Dockerfile copies. Run after `./mvnw verify` (which packages the jars).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose > /dev/null; then
    # CI machines are Debian; a developer machine without it is told so below.
    apt-get install -y -qq docker-compose > /dev/null 2>&1 || true
fi
if ! command -v docker-compose > /dev/null; then
    echo "WARNING: docker-compose is not installed, so docker-compose.yml was not validated" >&2
    exit 0
fi

docker-compose config -q
missing=0
for module in $(docker-compose config | sed -n 's/^ *MODULE: *//p'); do
    if ! ls "$module"/target/*-exec.jar > /dev/null 2>&1; then
        echo "docker-compose.yml builds $module, but $module/target has no executable (-exec) jar" >&2
        missing=1
    fi
done
# Prometheus scrapes each service at the management port compose gives it.
for port in $(docker-compose config | grep -o 'MANAGEMENT_SERVER_PORT: .*[0-9]' | tr -dc '0-9\n'); do
    if ! grep -q ":$port\$" docker/prometheus.yml; then
        echo "docker/prometheus.yml does not scrape management port $port" >&2
        missing=1
    fi
done
[ "$missing" -eq 0 ] && echo "docker-compose.yml is valid and every image it builds has its jar"
exit "$missing"
