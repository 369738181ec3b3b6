import type * as pulumi from "@pulumi/pulumi";
import { handlers, Kind } from "./handlers";
import { exitWhenOrphaned } from "./orphan-watch";
import { configure as configureSettings } from "./settings";

// This module's exports ARE the dynamic provider of every resource. Pulumi serializes a provider into each resource's
// state; a module's exports object from under node_modules is serialized as just `require("<this module>")`, so the
// state carries a few hundred bytes, no credentials, and every fix here reaches resources created by older versions,
// delete and refresh included. Which resource a call is for travels in its own properties (`__kind`).

type Props = Record<string, any>;
const of = (props: Props) => handlers(props.__kind as Kind);

// Only the engine's dynamic-provider process calls configure: the place to start watching for a killed `pulumi`.
export async function configure(req: pulumi.dynamic.ConfigureRequest): Promise<void> {
  exitWhenOrphaned();
  configureSettings(req.config);
}
export const check = (olds: Props, news: Props) => of(news).check!(olds, news);
export const diff = (id: string, olds: Props, news: Props) => of(news).diff!(id, olds, news);
export const create = (inputs: Props) => of(inputs).create(inputs);
export const read = (id: string, props: Props) => of(props).read!(id, props);
export const update = (id: string, olds: Props, news: Props) => of(news).update!(id, olds, news);
// `delete` is a reserved word: exported under its name all the same.
const remove = (id: string, props: Props) => of(props).delete!(id, props);
export { remove as delete };
