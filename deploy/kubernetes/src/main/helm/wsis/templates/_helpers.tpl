{{/*
The three services as the code wires them (not a value to tune): the database each owns, the topic it
writes, the topics it reads, and the prefix of its consumer groups (each handler's consumerName()).
*/}}
{{- define "wsis.services" -}}
registration-service:
  database: registration
  produces: wsis.participants
  consumes: []
sessions-service:
  database: sessions
  produces: wsis.sessions
  consumes: [wsis.participants, wsis.prizes]
prizes-service:
  database: prizes
  produces: wsis.prizes
  consumes: [wsis.participants]
{{- end -}}

{{- define "wsis.labels" -}}
app.kubernetes.io/part-of: wsis
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{/* Names the operators derive resources from; the services' build-time settings use the same. */}}
{{- define "wsis.kafkaCluster" -}}wsis-kafka{{- end -}}
{{- define "wsis.postgresCluster" -}}wsis-postgres{{- end -}}

{{/* Fails the rendering with the list of REQUIRED values still empty. */}}
{{- define "wsis.requireValues" -}}
{{- $missing := list -}}
{{- if not .Values.host }}{{ $missing = append $missing "host" }}{{ end -}}
{{- if not .Values.ingress.tlsSecretName }}{{ $missing = append $missing "ingress.tlsSecretName" }}{{ end -}}
{{- if not .Values.ingress.trustedProxies }}{{ $missing = append $missing "ingress.trustedProxies" }}{{ end -}}
{{- if not .Values.jwt.issuer }}{{ $missing = append $missing "jwt.issuer" }}{{ end -}}
{{- if not (or .Values.jwt.jwksUrl .Values.jwt.publicKeyPem) }}{{ $missing = append $missing "jwt.jwksUrl or jwt.publicKeyPem" }}{{ end -}}
{{- if not .Values.postgres.backup.destinationPath }}{{ $missing = append $missing "postgres.backup.destinationPath" }}{{ end -}}
{{- if not .Values.postgres.backup.s3CredentialsSecret }}{{ $missing = append $missing "postgres.backup.s3CredentialsSecret" }}{{ end -}}
{{- if $missing }}{{ fail (printf "set these values (see docs/kubernetes.md): %s" (join ", " $missing)) }}{{ end -}}
{{- end -}}
