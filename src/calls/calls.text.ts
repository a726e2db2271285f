import type { ChannelText } from '../initiations/channel.port';

/** The words of the calls channel's report (the seeds'). */
export const CALLS_TEXT: ChannelText = { noun: 'Calls', error: 'Call initiation failed', verb: 'calls' };
