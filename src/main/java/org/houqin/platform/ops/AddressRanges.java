package org.houqin.platform.ops;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address ranges, in CIDR notation ({@code 10.0.0.0/8}, {@code 192.168.1.20}, {@code fd00::/8}), from which a
 * monitoring server may read the metrics without signing in. Only literal addresses are accepted, never names: a
 * range is checked when the application starts, and a wrong one stops it rather than opening or closing the door by
 * surprise.
 */
public final class AddressRanges {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private record Range(byte[] network, int bits) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int width = network.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE)
                    .shiftRight(bits).xor(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE));
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    private final List<Range> ranges;

    private AddressRanges(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** @throws IllegalArgumentException naming the first range that is not a literal address with a valid prefix */
    public static AddressRanges parse(List<String> texts) {
        return new AddressRanges(texts.stream().map(String::strip).filter(text -> !text.isEmpty())
                .map(AddressRanges::range).toList());
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether the client's address (as the servlet container reports it) lies in one of the ranges. */
    public boolean contains(String clientAddress) {
        if (ranges.isEmpty() || clientAddress == null || !isLiteral(clientAddress)) {
            return false;
        }
        byte[] address = literal(clientAddress);
        return address != null && ranges.stream().anyMatch(range -> range.contains(address));
    }

    private static Range range(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] network = isLiteral(address) ? literal(address) : null;
        if (network == null) {
            throw new IllegalArgumentException("houqin.ops.metrics-from: not an IP address range: " + text);
        }
        int bits = slash < 0 ? network.length * 8 : prefix(text, text.substring(slash + 1), network.length * 8);
        return new Range(network, bits);
    }

    private static int prefix(String text, String bits, int width) {
        try {
            int value = Integer.parseInt(bits);
            if (value >= 0 && value <= width) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("houqin.ops.metrics-from: the prefix of " + text + " is not 0 to " + width);
    }

    private static boolean isLiteral(String address) {
        if (IPV4.matcher(address).matches()) {
            return List.of(address.split("\\.")).stream().allMatch(part -> Integer.parseInt(part) <= 255);
        }
        return IPV6.matcher(address).matches();
    }

    /** Literal addresses only (checked above), so this never asks a name server. */
    private static byte[] literal(String address) {
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
