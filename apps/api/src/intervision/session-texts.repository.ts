import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { IntervisionInputEntity, IntervisionNoteEntity } from './session-text.entity.js';

export type NewText = Pick<IntervisionInputEntity, 'sessionId' | 'phase' | 'authorId' | 'text' | 'createdAt'>;

const byAuthorInOrder = { relations: { author: true }, order: { createdAt: 'ASC', id: 'ASC' } } as const;

/** The texts of a session: the participants' inputs per phase and the note-taker's notes. */
@Injectable()
export class SessionTextsRepository {
  /** Every input of the session, oldest first, with its author. */
  inputsOf(manager: EntityManager, sessionId: string): Promise<IntervisionInputEntity[]> {
    return manager.getRepository(IntervisionInputEntity).find({ where: { sessionId }, ...byAuthorInOrder });
  }

  /** Every note of the session, oldest first, with its author. */
  notesOf(manager: EntityManager, sessionId: string): Promise<IntervisionNoteEntity[]> {
    return manager.getRepository(IntervisionNoteEntity).find({ where: { sessionId }, ...byAuthorInOrder });
  }

  async insertInput(manager: EntityManager, input: NewText): Promise<string> {
    const inputs = manager.getRepository(IntervisionInputEntity);
    const { id } = await inputs.save(inputs.create(input));
    return id;
  }

  async insertNote(manager: EntityManager, note: NewText): Promise<string> {
    const notes = manager.getRepository(IntervisionNoteEntity);
    const { id } = await notes.save(notes.create(note));
    return id;
  }

  getInput(manager: EntityManager, id: string): Promise<IntervisionInputEntity> {
    return manager.getRepository(IntervisionInputEntity).findOneOrFail({ where: { id }, relations: { author: true } });
  }

  getNote(manager: EntityManager, id: string): Promise<IntervisionNoteEntity> {
    return manager.getRepository(IntervisionNoteEntity).findOneOrFail({ where: { id }, relations: { author: true } });
  }

  countNotes(manager: EntityManager, sessionId: string): Promise<number> {
    return manager.getRepository(IntervisionNoteEntity).countBy({ sessionId });
  }
}
