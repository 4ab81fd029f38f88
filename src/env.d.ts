/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** UI language of the page being rendered; set by the page, read by components deeper down. */
    locale?: import('./i18n/strings').Locale;
  }
}
