import { Injectable } from '@nestjs/common';
import { ConversationReader, type ConversationEvent } from '@app/domain';
import { Loaders } from '../loaders';

const KEEP = 200;

/**
 * One set of loaders per (event, workspace) in this process, shared by every subscriber the event
 * reaches: an event costs the same reads whether one client listens or a thousand.
 */
@Injectable()
export class SharedLoaders {
  private readonly byEvent = new Map<string, Loaders>();

  constructor(private readonly reader: ConversationReader) {}

  for(event: ConversationEvent): Loaders {
    const key = `${event.id}:${event.workspaceId}`;
    let loaders = this.byEvent.get(key);
    if (!loaders) {
      loaders = new Loaders(this.reader, event.workspaceId);
      this.byEvent.set(key, loaders);
      if (this.byEvent.size > KEEP) this.byEvent.delete(this.byEvent.keys().next().value as string);
    }
    return loaders;
  }
}
