import "./compile-cache";
import type * as pulumi from "@pulumi/pulumi";
import { handlers, Kind } from "./handlers";
import { KIND } from "./internal-keys";
import { assertLocation, located } from "./location";
import { exitWhenOrphaned } from "./orphan-watch";
import { withSavedConfigHint } from "./saved-config";
import { configure as configureSettings, configuredBaseUrl } from "./settings";

// This module's exports ARE the dynamic provider of every resource. Pulumi serializes a provider into each resource's
// state; a module's exports object from under node_modules is serialized as just `require("<this module>")`, so the
// state carries a few hundred bytes, no credentials, and every fix here reaches resources created by older versions,
// delete and refresh included. Which resource a call is for travels in its own properties (`__kind`).
// Every call that reaches an existing object first checks it lives where this provider is configured (location.ts).

type Props = Record<string, any>;
const of = (props: Props) => handlers(props[KIND] as Kind);
const here = (id: string, props: Props | undefined, operation: string): string => {
  const url = configuredBaseUrl();
  assertLocation(id, props, url, operation);
  return url;
};

// Only the engine's dynamic-provider process calls configure: the place to start watching for a killed `pulumi`.
export async function configure(req: pulumi.dynamic.ConfigureRequest): Promise<void> {
  exitWhenOrphaned();
  configureSettings(req.config);
}
export const check = (olds: Props, news: Props) => of(news).check!(olds, news);
export const diff = async (id: string, olds: Props, news: Props) => {
  here(id, olds, "update");
  return of(news).diff!(id, olds, news);
};
export const create = async (inputs: Props) => located(await of(inputs).create(inputs), configuredBaseUrl());
export const read = async (id: string, props: Props) => {
  const url = here(id, props, "refresh");
  try {
    return located(await of(props).read!(id, props), url);
  } catch (err) {
    throw withSavedConfigHint(err, "refresh");
  }
};
export const update = async (id: string, olds: Props, news: Props) => {
  const url = here(id, olds, "update");
  return located(await of(news).update!(id, olds, news), url);
};
// `delete` is a reserved word: exported under its name all the same.
const remove = async (id: string, props: Props) => {
  here(id, props, "destroy");
  try {
    return await of(props).delete!(id, props);
  } catch (err) {
    throw withSavedConfigHint(err, "destroy");
  }
};
export { remove as delete };
