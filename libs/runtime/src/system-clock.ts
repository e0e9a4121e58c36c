import { Injectable } from '@nestjs/common';
import { Clock } from '@sijill/core';

/** The wall clock. */
@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
