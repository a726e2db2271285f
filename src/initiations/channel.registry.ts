import { Injectable } from '@nestjs/common';
import type { Channel } from '../common/channel';
import type { ChannelPort, ChannelSender } from './channel.port';

/**
 * Where channels register themselves (each channel's module, at init): the pipeline looks a
 * channel up by name and never imports one. A process that serves the API has every channel's
 * port; a worker has every channel's sender.
 */
@Injectable()
export class ChannelRegistry {
  private readonly ports = new Map<Channel, ChannelPort>();
  private readonly senders = new Map<Channel, ChannelSender>();

  register(port: ChannelPort): void {
    if (this.ports.has(port.channel)) throw new Error(`Channel ${port.channel} is registered twice`);
    this.ports.set(port.channel, port);
  }

  registerSender(sender: ChannelSender): void {
    if (this.senders.has(sender.channel)) throw new Error(`Sender of ${sender.channel} is registered twice`);
    this.senders.set(sender.channel, sender);
  }

  port(channel: Channel): ChannelPort {
    const port = this.ports.get(channel);
    if (!port) throw new Error(`No channel ${channel} in this process`);
    return port;
  }

  sender(channel: Channel): ChannelSender {
    const sender = this.senders.get(channel);
    if (!sender) throw new Error(`No sender for ${channel} in this process`);
    return sender;
  }
}
