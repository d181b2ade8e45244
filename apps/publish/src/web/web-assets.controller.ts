import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import * as path from 'path';

/** Copied beside the compiled code by the Nest build (nest-cli.json assets). */
const ASSET_DIR = path.join(__dirname, 'assets');
const ASSETS = new Set(['site.css', 'live.js']);

/** The site's stylesheet and client script: static files, open without a key (the sign-in page needs them too). */
@Controller('web/assets')
export class WebAssetsController {
  @Get(':name')
  serve(@Param('name') name: string, @Res() response: Response): void {
    if (!ASSETS.has(name)) throw new NotFoundException();
    response.sendFile(name, { root: ASSET_DIR, maxAge: '10m' });
  }
}
