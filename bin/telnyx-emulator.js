#!/usr/bin/env node
"use strict";
require("../dist/emulator/cli.js");
