export { VouchersPage } from './components/VouchersPage';
export { VoucherPage } from './components/VoucherPage';
export { NewVoucherPage } from './components/NewVoucherPage';
