// Runs the chaos suites last: they restart the machine's RabbitMQ and Postgres.
const Sequencer = require('@jest/test-sequencer').default;

class ChaosLastSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const isChaos = (t) => /\.chaos-spec\.ts$/.test(t.path);
    return [...sorted.filter((t) => !isChaos(t)), ...sorted.filter(isChaos)];
  }
}

module.exports = ChaosLastSequencer;
