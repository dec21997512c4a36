/// <reference types="astro/client" />
/// <reference path="./plan/virtual.d.ts" />
