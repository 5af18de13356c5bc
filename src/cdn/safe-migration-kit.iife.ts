// The all-in-one script for sites that cannot use modules: `<script src=".../safe-migration-kit.iife.js">`.
// It defines every element at once and exposes the SDK as `window.SafeMigrationKit`.
import '../widgets/index.js';

export * from '../sdk/index.js';
