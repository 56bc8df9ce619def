{{/* Object name of one service: <release>-<service key>. Call with (dict "root" $ "name" $name). */}}
{{- define "suitetok-hub.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "suitetok-hub.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "suitetok-hub.labels" -}}
{{ include "suitetok-hub.selectorLabels" . }}
app.kubernetes.io/part-of: suitetok-hub
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{/* Labels of the objects that belong to the release as a whole (dashboard, rules). */}}
{{- define "suitetok-hub.releaseLabels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: suitetok-hub
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/*
One service's values: its entry merged over `default`, as YAML (read back with fromYaml).
Copies, so that merging never writes into .Values shared by the other services.
*/}}
{{- define "suitetok-hub.serviceValues" -}}
{{- toYaml (mustMergeOverwrite (deepCopy .root.Values.default) (deepCopy .entry)) -}}
{{- end -}}

{{/*
Refuses a configuration key that looks like a credential: application config lands in a ConfigMap,
which anyone who may read the namespace can read. A value that is only a placeholder (${ENV_NAME},
filled from secretEnv) is allowed. Walks maps and lists; call with (dict "path" "..." "value" $config).
*/}}
{{- define "suitetok-hub.refuseSecretConfig" -}}
{{- $path := .path -}}
{{- if kindIs "map" .value -}}
{{- range $key, $value := .value -}}
{{- $at := printf "%s.%s" $path $key -}}
{{- if or (kindIs "map" $value) (kindIs "slice" $value) -}}
{{- include "suitetok-hub.refuseSecretConfig" (dict "path" $at "value" $value) -}}
{{- else if and (regexMatch "(?i)(password|secret|credential|private-?key|(^|[-_.])token$)" $key) (not (regexMatch "^\\$\\{[^}]+\\}$" (toString $value))) -}}
{{- fail (printf "%s looks like a credential and would be rendered into a ConfigMap: put it in a Secret and reference it with secretEnv (or existingSecret), then write ${ENV_NAME} here if the key needs it" $at) -}}
{{- end -}}
{{- end -}}
{{- else if kindIs "slice" .value -}}
{{- range $index, $item := .value -}}
{{- include "suitetok-hub.refuseSecretConfig" (dict "path" (printf "%s[%d]" $path $index) "value" $item) -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
The application.yml a service reads from its ConfigMap: its `config` with the chart's own keys on top,
since the probes, the Service and the grace period depend on the ports and the shutdown timeout.
*/}}
{{- define "suitetok-hub.applicationConfig" -}}
{{- $root := .root -}}
{{- $svc := .svc -}}
{{- $kafka := dict "partitions" (int $root.Values.kafka.partitions) "replication-factor" (int $root.Values.kafka.replicationFactor) -}}
{{- if $root.Values.kafka.topicPrefix -}}
{{- $_ := set $kafka "topic-prefix" $root.Values.kafka.topicPrefix -}}
{{- end -}}
{{- $hub := dict "kafka" $kafka -}}
{{- if $root.Values.netsuite.accountId -}}
{{- $_ := set $hub "netsuite" (dict "account-id" $root.Values.netsuite.accountId) -}}
{{- end -}}
{{- $chart := dict
  "server" (dict "port" (int $svc.ports.http) "shutdown" "graceful")
  "management" (dict "server" (dict "port" (int $svc.ports.management)))
  "spring" (dict
    "lifecycle" (dict "timeout-per-shutdown-phase" (printf "%ds" (int $svc.shutdownTimeoutSeconds)))
    "kafka" (dict "bootstrap-servers" $root.Values.kafka.bootstrapServers)
    "datasource" (dict "url" $root.Values.postgresql.jdbcUrl))
  "hub" $hub -}}
{{- toYaml (mustMergeOverwrite (deepCopy ($svc.config | default dict)) $chart) -}}
{{- end -}}

{{/* Credentials every service needs, from the Secrets named at the top of values, then secretEnv. */}}
{{- define "suitetok-hub.secretEnv" -}}
{{- $v := .root.Values -}}
{{- $refs := dict
  "SPRING_DATASOURCE_USERNAME" (dict "secretName" $v.postgresql.existingSecret "key" $v.postgresql.usernameKey)
  "SPRING_DATASOURCE_PASSWORD" (dict "secretName" $v.postgresql.existingSecret "key" $v.postgresql.passwordKey)
  "HUB_TIKTOK_APP_KEY" (dict "secretName" $v.tiktok.existingSecret "key" $v.tiktok.appKeyKey)
  "HUB_TIKTOK_APP_SECRET" (dict "secretName" $v.tiktok.existingSecret "key" $v.tiktok.appSecretKey)
  "HUB_NETSUITE_CONSUMER_KEY" (dict "secretName" $v.netsuite.existingSecret "key" $v.netsuite.consumerKeyKey)
  "HUB_NETSUITE_CONSUMER_SECRET" (dict "secretName" $v.netsuite.existingSecret "key" $v.netsuite.consumerSecretKey)
  "HUB_NETSUITE_TOKEN_ID" (dict "secretName" $v.netsuite.existingSecret "key" $v.netsuite.tokenIdKey)
  "HUB_NETSUITE_TOKEN_SECRET" (dict "secretName" $v.netsuite.existingSecret "key" $v.netsuite.tokenSecretKey) -}}
{{- $refs = mustMergeOverwrite $refs (deepCopy (.svc.secretEnv | default dict)) -}}
{{- range $name := keys $refs | sortAlpha }}
{{- $ref := get $refs $name }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ required (printf "the Secret for %s (existingSecret / secretEnv.secretName)" $name) $ref.secretName }}
      key: {{ required (printf "the Secret key for %s" $name) $ref.key }}
{{- end }}
{{- end -}}
