import "./compile-cache";
import type * as pulumi from "@pulumi/pulumi";
import type { Kind } from "./handlers";
import { deleteObject } from "./delete";
import { assertLocation, located } from "./location";
import { dropHostEchoes, unechoed } from "./host-echo";
import { exitWhenOrphaned } from "./orphan-watch";
import { withSavedConfigHint } from "./saved-config";
import { configure as configureSettings, configuredAccount, configuredBaseUrl, configuredNames } from "./settings";

type Props = Record<string, any>;

/** The dynamic provider Pulumi serializes into a resource's state: what the engine calls for that resource. */
export interface KindProvider extends pulumi.dynamic.ResourceProvider {
  configure(req: pulumi.dynamic.ConfigureRequest): Promise<void>;
}

/**
 * The provider of the resources of one kind, or, for states of earlier versions (dispatch.ts), of the kind each
 * call's properties name. Every call that reaches an existing object first checks that it lives where this provider
 * is configured (location.ts); `stored` adds what the outputs must carry besides.
 */
export function kindProvider(kindFor: (props: Props) => Kind, stored: (outs: Props, kind: Kind) => Props = (outs) => outs): KindProvider {
  const made = new Map<Kind, pulumi.dynamic.ResourceProvider>();
  const of = (props: Props) => {
    const kind = kindFor(props);
    let h = made.get(kind);
    // Loaded on the first call that needs the schemas: a process that only deletes never loads them (delete.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (!h) made.set(kind, (h = (require("./handlers") as typeof import("./handlers")).handlers(kind)));
    return h;
  };
  const here = (id: string, props: Props | undefined, operation: string): string => {
    const url = configuredBaseUrl();
    assertLocation(id, props, url, operation, kindFor(props ?? {}));
    return url;
  };
  const keep = <T extends { props?: Props; outs?: Props }>(result: T, props: Props, url: string): T => {
    const out = located(result, url, configuredAccount());
    const kind = kindFor(props);
    if (out.outs) return { ...out, outs: stored(out.outs, kind) };
    if (out.props) return { ...out, props: stored(out.props, kind) };
    return out;
  };
  return {
    // Only the engine's dynamic-provider process calls configure: the place to start watching for a killed `pulumi`,
    // and to keep the host from printing each error of check, diff, read and delete a second time (host-echo.ts).
    async configure(req) {
      exitWhenOrphaned();
      dropHostEchoes();
      configureSettings(req.config);
    },
    check: (olds, news) => unechoed(() => of(news).check!(olds, news)),
    diff: (id, olds, news) =>
      unechoed(async () => {
        here(id, olds, "update");
        return of(news).diff!(id, olds, news);
      }),
    create: async (inputs) => keep(await of(inputs).create(inputs), inputs, configuredBaseUrl()),
    read: (id, props) =>
      unechoed(async () => {
        const url = here(id, props, "refresh");
        try {
          return keep(await of(props).read!(id, props), props, url);
        } catch (err) {
          throw withSavedConfigHint(err, "refresh", configuredNames());
        }
      }),
    async update(id, olds, news) {
      const url = here(id, olds, "update");
      return keep(await of(news).update!(id, olds, news), news, url);
    },
    delete: (id, props) =>
      unechoed(async () => {
        here(id, props, "destroy");
        try {
          return await deleteObject(kindFor(props), id, props);
        } catch (err) {
          throw withSavedConfigHint(err, "destroy", configuredNames());
        }
      }),
  };
}
