import { StageName } from '@newswire/contracts';
import { Topology } from '../topology/topology';

export interface BrokerPermissions {
  configure: string;
  write: string;
  read: string;
}

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * The narrowest RabbitMQ permissions a stage runs with (regular expressions over resource
 * names, as `rabbitmqctl set_permissions` takes them):
 * - configure: the namespace's exchange and queues, since every stage declares the topology;
 * - write: the same (binding a queue needs write on it) and the default exchange, through
 *   which retries and dead letters are sent;
 * - read: the events exchange (for bindings), the stage's own queue and its retry queues
 *   (declaring a dead-lettering queue needs read on it), so a stage cannot consume another
 *   stage's messages or any dead letters; and the stage's live feed queues (Topology.liveQueue).
 */
export function stageBrokerPermissions(topology: Topology, stage: StageName): BrokerPermissions {
  const namespace = `^${escape(topology.namespace)}\\.`;
  return {
    configure: namespace,
    write: `${namespace}|^amq\\.default$`,
    read: `^(${escape(topology.exchange)}|${escape(topology.queue(stage))}|${escape(topology.queue(stage))}\\.retry\\.[0-9]+ms|${escape(topology.queue(stage))}\\.live\\.[0-9a-f]+)$`,
  };
}
