import { labelType, markSpan, spanStart, typeCode } from './labels';

const ORG = typeCode('ORG');
const LOC = typeCode('LOC');
/** A team's nickname made of a number ("49ers", "76ers"): one of the few words of digits that name something. */
const NUMBERED_NICKNAME = /^\d{2}ers$/;

/**
 * A team named by a number is an organisation, with the town before it: "the San Francisco [49ers]" was
 * read as a place and nothing ("[San Francisco] 49ers"), "the [76ers]" as nothing. 1996's CoNLL has no such
 * team (its American teams had played their season), 2020's news has two, week after week. In place.
 */
export function nameNumberedTeams(text: string, starts: Int32Array, ends: Int32Array, labels: Uint8Array): void {
  for (let k = 0; k < labels.length; k++) {
    if (labels[k] !== 0 || !NUMBERED_NICKNAME.test(text.slice(starts[k], ends[k]))) continue;
    const town = k > 0 && labelType(labels[k - 1]) === LOC && starts[k] > ends[k - 1] ? spanStart(labels, k - 1) : k;
    markSpan(labels, town, k + 1, ORG);
  }
}
