// sdkgen writes the Python and Go SDKs of a Pulumi package schema with Pulumi's own code generators (the ones the
// language hosts run for `pulumi package gen-sdk`; no registry here serves those hosts).
//
//	sdkgen <schema.json> <out dir>   writes <out dir>/python and <out dir>/go
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	gogen "github.com/pulumi/pulumi/pkg/v3/codegen/go"
	pygen "github.com/pulumi/pulumi/pkg/v3/codegen/python"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"

	"github.com/blang/semver"
)

const tool = "pulumi-telnyx-sip sdkgen"

// noPackages is the loader binding needs: the schema refers to no other package, so any load is an error.
type noPackages struct{}

func (noPackages) LoadPackage(pkg string, _ *semver.Version) (*schema.Package, error) {
	return nil, fmt.Errorf("the schema refers to package %s; it may refer to no other package", pkg)
}

func (l noPackages) LoadPackageV2(_ context.Context, d *schema.PackageDescriptor) (*schema.Package, error) {
	return l.LoadPackage(d.Name, d.Version)
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: sdkgen <schema.json> <out dir>")
		os.Exit(2)
	}
	if err := run(os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintf(os.Stderr, "sdkgen: %v\n", err)
		os.Exit(1)
	}
}

func run(schemaPath, out string) error {
	raw, err := os.ReadFile(schemaPath)
	if err != nil {
		return err
	}
	var spec schema.PackageSpec
	if err := json.Unmarshal(raw, &spec); err != nil {
		return fmt.Errorf("%s: %w", schemaPath, err)
	}
	// Binding validates the schema against the metaschema, as `pulumi package gen-sdk` does.
	pkg, diags, err := schema.BindSpec(spec, noPackages{}, schema.ValidationOptions{})
	if err != nil {
		return err
	}
	if diags.HasErrors() {
		return diags
	}
	py, err := pygen.GeneratePackage(tool, pkg, nil, nil)
	if err != nil {
		return fmt.Errorf("python: %w", err)
	}
	if err := write(filepath.Join(out, "python"), py); err != nil {
		return err
	}
	// Each generator imports the language settings it reads into the package, so Go gets a freshly bound one.
	pkg, diags, err = schema.BindSpec(spec, noPackages{}, schema.ValidationOptions{})
	if err != nil || diags.HasErrors() {
		return fmt.Errorf("binding the schema again: %v %v", err, diags)
	}
	g, err := gogen.GeneratePackage(tool, pkg, nil)
	if err != nil {
		return fmt.Errorf("go: %w", err)
	}
	return write(filepath.Join(out, "go"), g)
}

func write(dir string, files map[string][]byte) error {
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, content, 0o644); err != nil {
			return err
		}
	}
	return nil
}
