#!/usr/bin/env bash
# Writes rabbitmq.conf from the environment the official image reads: the default user (which,
# unlike RabbitMQ's built-in guest, may log in from other hosts) and vhost.
set -euo pipefail
{
  echo 'loopback_users = none'
  echo 'listeners.tcp.default = 5672'
  echo "default_user = ${RABBITMQ_DEFAULT_USER:-guest}"
  echo "default_pass = ${RABBITMQ_DEFAULT_PASS:-guest}"
  echo "default_vhost = ${RABBITMQ_DEFAULT_VHOST:-/}"
} >/etc/rabbitmq/rabbitmq.conf
exec "$@"
