#!/usr/bin/env bash
# Makes Docker usable on a Debian bookworm machine with no container registry (as root):
# installs docker.io, docker-compose and debootstrap when missing, starts dockerd when it is not
# running, and builds the local base images named in local-images.env once (kept afterwards):
# Debian from debootstrap, Node 20 from this machine's Node, and stand-ins for the official
# postgres and rabbitmq images from Debian packages.
# Exits non-zero with one line on stderr saying why when Docker cannot be made to run here.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/local-images.env"

log() { printf '[docker-setup] %s\n' "$*"; }
die() { printf '[docker-setup] %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "needs root (installs packages and starts dockerd)"

missing=()
command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]}"
  command -v apt-get >/dev/null 2>&1 || die "no apt-get: install ${missing[*]} by hand"
  # Other people's apt runs may hold the dpkg lock for a while: wait for it instead of failing.
  apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
fi

start_dockerd() {
  log "starting dockerd (overlay2; log in /var/log/dockerd.log)"
  # Close every inherited descriptor above stderr first: a caller's lock file (CI's, or a
  # test's `flock`) held open by the daemon would stay locked for as long as dockerd runs.
  setsid bash -c 'for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done; exec nohup dockerd --storage-driver=overlay2' \
    >>/var/log/dockerd.log 2>&1 </dev/null &
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || die "dockerd did not come up: $(tail -n 3 /var/log/dockerd.log | tr '\n' ' ')"
}
docker info >/dev/null 2>&1 || start_dockerd

# Networks of this project's compose stacks that no container uses any more. A daemon whose runc failed
# in the middle of a teardown can keep a removed container's endpoint on the network and refuse to delete
# it ("has active endpoints"); the next stack of the same name then fails to start. Restarting the daemon
# clears such an endpoint, so it is restarted once when nothing runs on it; otherwise this says what to do.
idle_project_networks() {
  docker network ls --filter label=com.docker.compose.project --format '{{.ID}} {{.Label "com.docker.compose.project"}}' |
    while read -r id project; do
      case "$project" in
        newswire*) if [ "$(docker network inspect -f '{{len .Containers}}' "$id")" = 0 ]; then echo "$id"; fi ;;
      esac
    done
}
remove_idle_project_networks() {
  local id refused=0
  for id in $(idle_project_networks); do docker network rm "$id" >/dev/null 2>&1 || refused=1; done
  return "$refused"
}
if ! remove_idle_project_networks; then
  [ -z "$(docker ps -q)" ] || die "a newswire network is stuck with an endpoint of a removed container: restart dockerd once no container runs"
  log "restarting dockerd: it holds an endpoint of a removed container on a newswire network"
  kill "$(pgrep -xo dockerd)"
  for _ in $(seq 1 30); do pgrep -x dockerd >/dev/null || break; sleep 1; done
  start_dockerd
  remove_idle_project_networks || die "a newswire network is stuck even after restarting dockerd: $(idle_project_networks | tr '\n' ' ')"
fi
# A container must actually run (a kernel or sandbox without namespaces/overlayfs fails here).
have_image() { docker image inspect "$1" >/dev/null 2>&1; }

if ! have_image "$DEBIAN_IMAGE"; then
  rootfs="$(mktemp -d /var/tmp/newswire-bookworm.XXXXXX)"
  trap 'rm -rf "$rootfs"' EXIT
  log "building $DEBIAN_IMAGE with debootstrap (about 2 minutes)"
  debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian >"$rootfs.log" 2>&1 \
    || die "debootstrap failed: $(tail -n 3 "$rootfs.log" | tr '\n' ' ')"
  rm -f "$rootfs.log"
  # Security updates and no caches, as in the official debian image.
  echo 'deb http://deb.debian.org/debian-security bookworm-security main' >>"$rootfs/etc/apt/sources.list"
  echo 'deb http://deb.debian.org/debian bookworm-updates main' >>"$rootfs/etc/apt/sources.list"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | docker import -c 'CMD ["bash"]' - "$DEBIAN_IMAGE" >/dev/null
  rm -rf "$rootfs"
  trap - EXIT
fi
docker run --rm "$DEBIAN_IMAGE" true || die "a container from $DEBIAN_IMAGE does not run"

if ! have_image "$NODE_IMAGE"; then
  node_bin="$(command -v node)" || die "no node on this machine to put into $NODE_IMAGE"
  case "$("$node_bin" --version)" in v20.*) ;; *) die "$NODE_IMAGE needs Node 20; this machine has $("$node_bin" --version)";; esac
  npm_dir="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")"
  context="$(mktemp -d /var/tmp/newswire-node.XXXXXX)"
  cp "$here/node/Dockerfile" "$context/"
  cp "$node_bin" "$context/node"
  cp -a "$npm_dir" "$context/npm"
  cp /etc/ssl/certs/ca-certificates.crt "$context/" || die "no /etc/ssl/certs/ca-certificates.crt to give $NODE_IMAGE"
  log "building $NODE_IMAGE from this machine's Node $("$node_bin" --version)"
  docker build -q --build-arg "DEBIAN_IMAGE=$DEBIAN_IMAGE" -t "$NODE_IMAGE" "$context" >/dev/null || { rm -rf "$context"; die "building $NODE_IMAGE failed"; }
  rm -rf "$context"
fi

for service in postgres rabbitmq; do
  var="$(echo "$service" | tr a-z A-Z)_IMAGE"
  image="${!var}"
  if ! have_image "$image"; then
    log "building $image from Debian packages"
    docker build -q --build-arg "DEBIAN_IMAGE=$DEBIAN_IMAGE" -t "$image" "$here/$service" >/dev/null || die "building $image failed"
  fi
done
log "Docker $(docker version --format '{{.Server.Version}}') is running; local images: $DEBIAN_IMAGE $NODE_IMAGE $POSTGRES_IMAGE $RABBITMQ_IMAGE"
