import { migration0001 } from './0001-people-and-cohorts';
import { migration0002 } from './0002-drafts';
import { migration0003 } from './0003-lesson-progress';
import { migration0004 } from './0004-cvs-and-consents';
import { migration0005 } from './0005-interview-attempts';
import { migration0006 } from './0006-custom-interview-questions';
import { migration0007 } from './0007-business-plans';
import { migration0008 } from './0008-workshop-sessions';
import { migration0009 } from './0009-certificates';
import { migration0010 } from './0010-orientation';
import { migration0011 } from './0011-covering-indexes';
import { migration0012 } from './0012-audit-log';
import { migration0013 } from './0013-consent-records';
import type { Migration } from './types';

/** Every migration, in order. Add a file and a line here; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012, migration0013];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
