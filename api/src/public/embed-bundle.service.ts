import { HttpStatus, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { readEmbedDist, type RendererAssets } from '@notionchartkit/embed/page';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from '../core/config/app-config';
import { ApiException } from '../core/http/api-error';
import { readStaticFile, type StaticFile } from './static-file';

interface LoadedEmbed {
  loader: StaticFile;
  assets: Map<string, StaticFile>;
  renderer: RendererAssets;
}

/**
 * The built embed (`node embed/build.mjs`): the loader and the renderer's content-hashed
 * modules with their compressed copies, read into memory once. When it is not built the API still starts, and the embed
 * routes answer 503 saying how to build it.
 */
@Injectable()
export class EmbedBundle implements OnModuleInit {
  private readonly logger = new Logger(EmbedBundle.name);
  private embed: LoadedEmbed | null = null;

  constructor(private readonly config: AppConfig) {}

  onModuleInit(): void {
    try {
      const dist = readEmbedDist();
      const assets = new Map(
        readdirSync(dist.assetsDir)
          .filter((name) => name.endsWith('.js'))
          .map((name) => [name, readStaticFile(join(dist.assetsDir, name))] as const),
      );
      const basePath = new URL(this.config.http.appUrl).pathname.replace(/\/$/, '');
      this.embed = {
        loader: readStaticFile(dist.loaderFile),
        assets,
        renderer: { baseUrl: `${basePath}/e/assets/`, manifest: dist.manifest },
      };
    } catch (error) {
      this.logger.warn({ err: error }, 'Embed not built: /e/* and /embed.js answer 503');
    }
  }

  get loader(): StaticFile {
    return this.loaded().loader;
  }

  /** A renderer module by its (content-hashed) name; `null` for any other name. */
  asset(name: string): StaticFile | null {
    return this.loaded().assets.get(name) ?? null;
  }

  get renderer(): RendererAssets {
    return this.loaded().renderer;
  }

  private loaded(): LoadedEmbed {
    if (!this.embed) {
      throw new ApiException(
        HttpStatus.SERVICE_UNAVAILABLE,
        'The embed is not built: run node embed/build.mjs',
        [{ field: 'dependency', problem: 'the embed bundle is missing' }],
      );
    }
    return this.embed;
  }
}
