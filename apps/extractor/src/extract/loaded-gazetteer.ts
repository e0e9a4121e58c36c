import { Injectable } from '@nestjs/common';
import { type Gazetteer, loadDefaultGazetteer } from '@sijill/core';

/** The gazetteer shipped with this build, loaded and validated once at start. */
@Injectable()
export class LoadedGazetteer {
  readonly gazetteer: Gazetteer = loadDefaultGazetteer();
}
