import type * as pulumi from "@pulumi/pulumi";

/**
 * The provider object Pulumi serializes into every resource's state (`__provider`). It captures nothing but the
 * kind and loads the implementation by package name when called, so it stays small (well under 1 KB), holds no
 * credentials, and a fixed implementation reaches resources created by older versions, delete and refresh included.
 */
export function dynamicProvider(kind: string): pulumi.dynamic.ResourceProvider {
  const impl = () => require("pulumi-telnyx-sip/dist/provider/core/handlers").handlers(kind);
  return {
    configure: async (req) => require("pulumi-telnyx-sip/dist/provider/core/settings").configure(req.config),
    check: (olds, news) => impl().check(olds, news),
    diff: (id, olds, news) => impl().diff(id, olds, news),
    create: (inputs) => impl().create(inputs),
    read: (id, props) => impl().read(id, props),
    update: (id, olds, news) => impl().update(id, olds, news),
    delete: (id, props) => impl().delete(id, props),
  };
}
